package org.fingertip.db;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest application around the adapters: the web module's own wiring does the same scan. */
@SpringBootApplication
@MapperScan("org.fingertip.db")
public class DbTestApplication {
}
