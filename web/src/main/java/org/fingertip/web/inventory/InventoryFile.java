package org.fingertip.web.inventory;

import java.util.List;

import org.fingertip.registry.inventory.InventoryRow;
import org.fingertip.registry.inventory.InventoryService;
import org.fingertip.web.table.TableFile;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded inventory file (CSV in UTF-8 or GBK, or XLSX; see {@link TableFile}) as import rows. */
public final class InventoryFile {

    private InventoryFile() {
    }

    public static List<InventoryRow> read(MultipartFile file) {
        return InventoryColumns.rows(TableFile.read(file, InventoryService.MAX_IMPORT_ROWS,
                "每行一个应用、账号、工作群或系统"));
    }
}
