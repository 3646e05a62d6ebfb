package id.netra.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.util.List;

/**
 * {@link TextProblems} for the page controllers: an argument of a handler method (its declaration that it shows them),
 * and a guard before every handler that refuses, with the 400 page, a request carrying them to a handler that does
 * not take them — should the dispatcher ever choose another handler than {@link RequestTextFilter} was told of.
 */
@Configuration
public class TextProblemsSupport implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Argument());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Guard());
    }

    /** A handler method's {@code TextProblems}: those of its request, none when nothing was cleaned. */
    static final class Argument implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == TextProblems.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                      WebDataBinderFactory binders) {
            return TextProblems.of(request.getNativeRequest(HttpServletRequest.class));
        }
    }

    /** A cleaned request reaches only a handler that shows its problems; any other answers the 400 page. */
    static final class Guard implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
            // The error page of a failed request carries that request's attributes: it is no handler of its form.
            if (request.getDispatcherType() != DispatcherType.REQUEST || TextProblems.of(request).isEmpty()
                    || TextProblems.shownBy(handler)) {
                return true;
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return false;
        }
    }
}
