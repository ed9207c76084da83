package org.fingertip.web.page;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.web.security.PublicEndpoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The pages speak Chinese unless the user chose English with the switch in the header (kept in a cookie for a year)
 * or, before any choice, the browser asks for English: Accept-Language among the languages the bundles have, and
 * {@code spring.web.locale} (default zh-CN) otherwise, never the server's own locale.
 */
@Configuration(proxyBeanMethods = false)
class PageLocale {
    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(@Value("${spring.web.locale:zh_CN}") Locale defaultLocale) {
        AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
        browser.setSupportedLocales(LANGUAGES);
        browser.setDefaultLocale(defaultLocale);
        CookieLocaleResolver chosen = new CookieLocaleResolver("fingertip-lang");
        chosen.setCookieMaxAge(Duration.ofDays(365));
        chosen.setCookieHttpOnly(true);
        chosen.setDefaultLocaleFunction(browser::resolveLocale);
        return chosen;
    }

    /** The language switch of the header: sets the language and goes back to the page it was pressed on. */
    @Controller
    static class LanguageSwitch {
        private final LocaleResolver locales;

        LanguageSwitch(LocaleResolver locales) {
            this.locales = locales;
        }

        @GetMapping("/language")
        @PublicEndpoint
        RedirectView change(@RequestParam(name = "to", required = false) String to,
                      @RequestParam(name = "back", required = false) String back,
                      HttpServletRequest request, HttpServletResponse response) {
            Locale asked = to == null ? null : Locale.forLanguageTag(to);
            LANGUAGES.stream().filter(l -> asked != null && l.getLanguage().equals(asked.getLanguage())).findFirst()
                    .ifPresent(l -> locales.setLocale(request, response, l));
            RedirectView toPage = new RedirectView(isOwnPage(back) ? back : "/", true);
            toPage.setExpandUriTemplateVariables(false);
            toPage.setPropagateQueryParams(false);
            return toPage;
        }

        /** Only a path of this site: never another host (//evil.example) nor a scheme. */
        static boolean isOwnPage(String back) {
            return back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
                    && back.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        }
    }
}
