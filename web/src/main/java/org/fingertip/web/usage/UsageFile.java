package org.fingertip.web.usage;

import java.util.List;

import org.fingertip.registry.usage.UsageRow;
import org.fingertip.registry.usage.UsageService;
import org.fingertip.web.table.TableFile;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded usage file (CSV in UTF-8 or GBK, or XLSX; see {@link TableFile}) as import rows. */
final class UsageFile {

    private UsageFile() {
    }

    static List<UsageRow> read(MultipartFile file) {
        return UsageColumns.rows(TableFile.read(file, UsageService.MAX_IMPORT_ROWS, "每行一个应用一个月"));
    }
}
