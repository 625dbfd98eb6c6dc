package com.affiliatecontests.component;

import freemarker.cache.FileTemplateLoader;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.AdapterTemplateModel;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Renders the component's FreeMarker templates with FreeMarker 2.3.32 the way OFBiz's HTML screen
 * widget does, without OFBiz: the same configuration version and number format, strings in the
 * context HTML-encoded unless passed through {@code StringUtil.wrapString}, and the transforms the
 * templates use ({@code ofbizUrl}, {@code ofbizContentUrl}, {@code ofbizCurrency}, {@code csrfTokenPair}). It is stricter than
 * OFBiz where strictness finds bugs: a template error fails the render, and a label missing from
 * every label file (the component's and OFBiz's) fails it too, where OFBiz would print the key.
 */
public final class TemplateHarness {

    private final ComponentFiles component;
    private final OfbizHome home;
    private final Configuration configuration;
    private final Map<String, Map<String, String>> labelsByLanguage = new HashMap<>();

    public TemplateHarness() {
        this(ComponentFiles.underTest(), OfbizHome.locate(ComponentFiles.underTest().root()));
    }

    TemplateHarness(ComponentFiles component, OfbizHome home) {
        this.component = component;
        this.home = home;
        configuration = new Configuration(Configuration.VERSION_2_3_32);
        try {
            configuration.setTemplateLoader(new FileTemplateLoader(component.root().toFile()));
            configuration.setSetting("number_format", "0.##########");
            configuration.setSetting("datetime_format", "yyyy-MM-dd HH:mm:ss.SSS");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(e);
        }
        configuration.setLocalizedLookup(false);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLogTemplateExceptions(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setObjectWrapper(new HtmlEncodingWrapper());
        try {
            configuration.setSharedVariable("StringUtil", new StringUtil());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        configuration.setSharedVariable("ofbizUrl", new UrlDirective("/affiliatecontests/control/"));
        configuration.setSharedVariable("ofbizContentUrl", new UrlDirective(""));
        configuration.setSharedVariable("ofbizCurrency", new CurrencyDirective());
        configuration.setSharedVariable("csrfTokenPair", new CsrfTokenPairDirective());
    }

    /**
     * Renders a template of the component (path relative to the component root, e.g.
     * {@code template/Dashboard.ftl}) over the context, with {@code uiLabelMap} and {@code locale} of the
     * language added. Throws on any template error or unknown label.
     */
    public String render(String templatePath, Map<String, ?> context, Locale locale) {
        Map<String, Object> root = new HashMap<>(context);
        root.putIfAbsent("locale", locale);
        root.putIfAbsent("uiLabelMap", new LabelMap(labels(locale.getLanguage()), labels("en")));
        try {
            Template template = configuration.getTemplate(templatePath);
            StringWriter out = new StringWriter();
            // as OFBiz's FreeMarkerWorker.applyUserSettings: the environment takes the render locale
            Environment environment = template.createProcessingEnvironment(root, out);
            environment.setLocale(locale);
            environment.process();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException | IllegalArgumentException e) {
            throw new AssertionError(templatePath + ": " + e.getMessage(), e);
        }
    }

    public String render(String templatePath, Map<String, ?> context) {
        return render(templatePath, context, Locale.ENGLISH);
    }

    private Map<String, String> labels(String language) {
        return labelsByLanguage.computeIfAbsent(language, this::readLabels);
    }

    private Map<String, String> readLabels(String language) {
        Map<String, String> labels = new HashMap<>();
        home.labelFiles().forEach(file -> readLabels(file, language, labels));
        component.files("xml").stream().filter(p -> component.relative(p).startsWith("config"))
                .forEach(file -> readLabels(file, language, labels));
        return labels;
    }

    private static void readLabels(Path file, String language, Map<String, String> into) {
        Element root;
        try {
            root = XmlDocuments.parseAsShipped(file).getDocumentElement();
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("Cannot read labels " + file + ": " + e.getMessage(), e);
        }
        if (!"resource".equals(root.getLocalName())) {
            return;
        }
        for (Element property : XmlDocuments.children(root, "property")) {
            for (Element value : XmlDocuments.children(property, "value")) {
                if (language.equals(value.getAttribute("xml:lang"))) {
                    into.put(property.getAttribute("key"), value.getTextContent());
                }
            }
        }
    }

    /** uiLabelMap: the language's value, else the English one; an unknown key fails the render. */
    private static final class LabelMap extends AbstractMap<String, String> {

        private final Map<String, String> labels;
        private final Map<String, String> english;

        LabelMap(Map<String, String> labels, Map<String, String> english) {
            this.labels = labels;
            this.english = english;
        }

        @Override
        public String get(Object key) {
            String value = labels.getOrDefault(key, english.get(key));
            if (value == null) {
                throw new IllegalArgumentException("unknown label " + key);
            }
            return value;
        }

        @Override
        public boolean containsKey(Object key) {
            return labels.containsKey(key) || english.containsKey(key);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return labels.entrySet();
        }
    }

    /**
     * Like OFBiz's HtmlWidget.ExtendedWrapper, a BeansWrapper (maps are bean models, as in OFBiz, not
     * FreeMarker's simple hashes): context strings are HTML-encoded when printed.
     */
    private static final class HtmlEncodingWrapper extends BeansWrapper {

        HtmlEncodingWrapper() {
            super(Configuration.VERSION_2_3_32);
        }

        @Override
        public TemplateModel wrap(Object object) throws TemplateModelException {
            if (object instanceof String text) {
                return new EncodedString(text);
            }
            if (object instanceof RawText raw) {
                return new SimpleScalar(raw.text());
            }
            return super.wrap(object);
        }
    }

    /** Encoded when printed, raw when passed to a method (StringUtil.wrapString), as OFBiz's StringHtmlWrapperForFtl. */
    private record EncodedString(String text) implements TemplateScalarModel, AdapterTemplateModel {

        @Override
        public String getAsString() {
            return encode(text);
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return text;
        }
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#x27;");
            default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A string the template asked to print as is. */
    public record RawText(String text) {
    }

    /** The part of OFBiz's StringUtil that templates call. */
    public static final class StringUtil {

        public RawText wrapString(Object text) {
            return text == null ? null : new RawText(text instanceof TemplateScalarModel scalar ? asString(scalar) : text.toString());
        }

        private static String asString(TemplateScalarModel scalar) {
            try {
                return scalar.getAsString();
            } catch (TemplateModelException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** {@code <@ofbizUrl>request?x=y</@ofbizUrl>}: the request under the webapp's control servlet. */
    private record UrlDirective(String prefix) implements TemplateDirectiveModel {

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            StringWriter target = new StringWriter();
            if (body != null) {
                body.render(target);
            }
            env.getOut().write(prefix + target);
        }
    }

    /** The CSRF token value the harness gives the request {@code target}: "csrf-" and the request. */
    public static String csrfToken(String target) {
        return "csrf-" + target;
    }

    /**
     * {@code <@csrfTokenPair>request</@csrfTokenPair>}: OFBiz's "name=value" of the request's CSRF
     * token (OFBiz's default token name "csrf"; the value is {@link #csrfToken}).
     */
    private static final class CsrfTokenPairDirective implements TemplateDirectiveModel {

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            StringWriter target = new StringWriter();
            if (body != null) {
                body.render(target);
            }
            env.getOut().write("csrf=" + csrfToken(target.toString()));
        }
    }

    /** {@code <@ofbizCurrency amount=x isoCode="USD"/>}: the amount formatted in the render locale. */
    private static final class CurrencyDirective implements TemplateDirectiveModel {

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            Object amount = params.get("amount");
            if (amount == null) {
                throw new TemplateModelException("ofbizCurrency needs an amount");
            }
            String text = amount.toString();
            if (text.isBlank()) {
                return;
            }
            NumberFormat format = NumberFormat.getCurrencyInstance(env.getLocale());
            // a context string (HTML-encoded when printed) is passed by its text, as OFBiz's transform reads it
            Object isoCode = params.get("isoCode") instanceof EncodedString code ? code.text() : params.get("isoCode");
            if (isoCode != null && !isoCode.toString().isBlank()) {
                format.setCurrency(Currency.getInstance(isoCode.toString()));
            }
            Writer out = env.getOut();
            out.write(format.format(new BigDecimal(text)));
        }
    }

    /** The templates of the component (relative paths), for tests that check every one is rendered. */
    public Collection<String> templates() {
        return component.files("ftl").stream().map(p -> component.relative(p).toString().replace('\\', '/')).sorted().toList();
    }
}
