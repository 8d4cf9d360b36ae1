package org.mscpathway.platform.ui;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The pages' stylesheet and script, served under {@code /css/**} and {@code /js/**} by an address that names their
 * content: reproducible builds stamp every jar entry with one instant, so Last-Modified cannot tell a new file from
 * the old one after an upgrade; and the web jars (htmx, its SSE extension) under {@code /webjars/**}, by their
 * version-free address. Only these folders are mapped ({@code spring.web.resources.add-mappings} is off): with
 * Boot's default {@code /**} mapping, every {@code @{…}} link of every page (several per board card) was looked up
 * as a file in the jar before it was written, about 5 ms a link.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        // the chain adds the web-jar resolver that finds htmx.org/dist/htmx.min.js under its version's folder
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}
