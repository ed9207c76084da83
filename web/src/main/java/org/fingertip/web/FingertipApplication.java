package org.fingertip.web;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Fingertip (指尖): the registry of a province's government mobile apps. */
@SpringBootApplication(scanBasePackages = "org.fingertip")
@MapperScan("org.fingertip.db")
@ConfigurationPropertiesScan("org.fingertip.web")
public class FingertipApplication {

    public static void main(String[] args) {
        SpringApplication.run(FingertipApplication.class, args);
    }
}
