package org.fingertip.web.admin;

import java.net.URI;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.admin.CatalogueEntries;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform's function catalogue: {@code GET|POST /api/admin/catalogue}, {@code PUT|DELETE …/{id}}. */
@RestController
class CatalogueApiController {
    private final CatalogueAdministration catalogue;

    CatalogueApiController(CatalogueAdministration catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/admin/catalogue")
    @Allowed(Role.ADMIN)
    EntryPage list(Actor actor, @RequestParam(required = false) String province,
                   @RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        CatalogueEntries.Page result = catalogue.search(actor, province, keyword, paging.page(), paging.size());
        return new EntryPage(result.items(), result.total(), result.page(), result.size());
    }

    @PostMapping("/api/admin/catalogue")
    @Allowed(Role.ADMIN)
    ResponseEntity<CatalogueEntries.Entry> add(Actor actor, @RequestBody NewEntry body) {
        CatalogueEntries.Entry e = catalogue.add(actor, body.provinceCode(), body.platformName(), body.functionName());
        return ResponseEntity.created(URI.create("/api/admin/catalogue/" + e.id())).body(e);
    }

    @PutMapping("/api/admin/catalogue/{id}")
    @Allowed(Role.ADMIN)
    CatalogueEntries.Entry edit(Actor actor, @PathVariable long id, @RequestBody Edit body) {
        return catalogue.edit(actor, id, body.platformName(), body.functionName());
    }

    @DeleteMapping("/api/admin/catalogue/{id}")
    @Allowed(Role.ADMIN)
    ResponseEntity<Void> remove(Actor actor, @PathVariable long id) {
        catalogue.remove(actor, id);
        return ResponseEntity.noContent().build();
    }

    record NewEntry(String provinceCode, String platformName, String functionName) {
    }

    record Edit(String platformName, String functionName) {
    }

    record EntryPage(List<CatalogueEntries.Entry> items, long total, int page, int size) {
    }
}
