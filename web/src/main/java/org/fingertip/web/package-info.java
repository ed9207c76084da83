/** The Spring Boot application: REST API, pages, security, wiring and demo data. */
package org.fingertip.web;
