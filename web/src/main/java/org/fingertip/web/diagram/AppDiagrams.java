package org.fingertip.web.diagram;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.workflow.diagram.CaseInstance;
import org.fingertip.workflow.diagram.ProcessDiagrams;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagrams of an app's processes for the API and the case page alike: only for whoever may see the app (404
 * otherwise, as for the app itself), and answered as an image that nothing can run — no sniffing, and a policy that
 * allows its own inline styles and nothing else should a browser open it as a document.
 */
@Component
public class AppDiagrams {
    public static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final FilingService filingService;
    private final ProcessDiagrams diagrams;

    AppDiagrams(FilingService filingService, ProcessDiagrams diagrams) {
        this.filingService = filingService;
        this.diagrams = diagrams;
    }

    /** The app's process instances, running ones first, newest first. */
    @Transactional(readOnly = true)
    public List<CaseInstance> instances(Actor actor, long appId) {
        filingService.visible(actor, appId);
        return diagrams.instancesOfApp(appId);
    }

    /** The diagram of the instance named (the app's own), or of the most relevant one when none is named. */
    @Transactional(readOnly = true)
    public ResponseEntity<String> svg(Actor actor, long appId, String instanceId) {
        filingService.visible(actor, appId);
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(diagrams.svgOfApp(appId, instanceId));
    }
}
