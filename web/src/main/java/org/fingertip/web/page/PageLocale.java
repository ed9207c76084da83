package org.fingertip.web.page;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The pages speak Chinese unless the browser asks for English: the language follows Accept-Language among the
 * languages the bundles have, and is {@code spring.web.locale} (default zh-CN) otherwise, never the server's own
 * locale.
 */
@Configuration(proxyBeanMethods = false)
class PageLocale {

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(@Value("${spring.web.locale:zh_CN}") Locale defaultLocale) {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        resolver.setDefaultLocale(defaultLocale);
        return resolver;
    }
}
