package org.fingertip.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Filling a page's form field by field, as a user does: by the name of each input, whatever its kind. */
final class Forms {
    private Forms() {
    }

    /** Types, picks, ticks or chooses {@code value} in the field named {@code name} of the page's main form. */
    static void fill(Chromium browser, String name, String value) {
        List<WebElement> inputs = browser.findAll(By.cssSelector("main [name='" + name + "']"));
        if (inputs.isEmpty()) {
            throw new AssertionError("no field " + name + " on " + browser.path());
        }
        WebElement first = inputs.get(0);
        String type = first.getAttribute("type");
        if (first.getTagName().equals("select")) {
            new Select(first).selectByValue(value);
        } else if ("radio".equals(type)) {
            WebElement choice = browser.find(By.cssSelector("main input[name='" + name + "'][value='" + value + "']"));
            tap(browser, choice);
        } else if ("checkbox".equals(type)) {
            WebElement box = inputs.stream().filter(i -> "true".equals(value) || value.equals(i.getAttribute("value")))
                    .findFirst().orElse(first);
            if (!box.isSelected()) {
                tap(browser, box);
            }
        } else if ("date".equals(type)) {
            browser.script("arguments[0].value = arguments[1]", first, value);
        } else {
            first.clear();
            first.sendKeys(value);
        }
    }

    /** Taps a radio button or a box through its label, as a finger does (the input itself may be drawn small). */
    private static void tap(Chromium browser, WebElement input) {
        List<WebElement> labels = input.findElements(By.xpath("ancestor::label"));
        String id = input.getAttribute("id");
        if (labels.isEmpty() && id != null && !id.isEmpty()) {
            labels = browser.findAll(By.cssSelector("label[for='" + id + "']"));
        }
        WebElement target = labels.isEmpty() ? input : labels.get(0);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", target);
        target.click();
        if (!input.isSelected()) {
            throw new AssertionError("tapping " + id + " did not select it on " + browser.path());
        }
    }

    /** Presses the submit button with this name and value and waits for the next page. */
    static void press(Chromium browser, String name, String value) {
        WebElement button = browser.find(By.cssSelector("main button[name='" + name + "'][value='" + value + "']"
                + ":not(.enter-default)"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        browser.clickAndWait(button);
    }
}
