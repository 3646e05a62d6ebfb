package id.netra.letter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * A letter's document: its template ({@code templates/letters/letter.xhtml}, XHTML, in Indonesian: the letters are
 * official Indonesian letters whatever the reader's language) filled by Thymeleaf, laid out as PDF by openhtmltopdf
 * with the DejaVu Serif fonts kept in the application (no system font is read).
 */
@Component
class LetterRenderer {

    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    LetterRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/letters/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    String html(Map<String, Object> model) {
        return templates.process("letter", new Context(Locale.forLanguageTag("id"), model));
    }

    byte[] pdf(Map<String, Object> model) {
        String html = html(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> LetterRenderer.class.getResourceAsStream("/fonts/DejaVuSerif.ttf"), "DejaVu Serif", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> LetterRenderer.class.getResourceAsStream("/fonts/DejaVuSerif-Bold.ttf"), "DejaVu Serif", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
