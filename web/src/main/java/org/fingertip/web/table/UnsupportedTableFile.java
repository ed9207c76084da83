package org.fingertip.web.table;

import java.util.List;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;

/**
 * An upload of a type no import reads — an old .xls workbook, a ZIP that is no .xlsx, UTF-16 text, binary data — as
 * opposed to a CSV or XLSX file that is wrong inside. Still bad input ({@link InvalidInputException}, naming
 * {@code file}); an import may answer it as 415 Unsupported Media Type.
 */
public final class UnsupportedTableFile extends InvalidInputException {

    public UnsupportedTableFile(String detail, String message) {
        super(detail, List.of(new FieldError("file", message)));
    }
}
