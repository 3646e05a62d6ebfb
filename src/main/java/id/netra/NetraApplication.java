package id.netra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NetraApplication {

    public static void main(String[] args) {
        SpringApplication.run(NetraApplication.class, args);
    }
}
