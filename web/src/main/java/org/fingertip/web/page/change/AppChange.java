package org.fingertip.web.page.change;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.revocation.RevocationService;
import org.fingertip.workflow.change.ChangeWorkflow;
import org.fingertip.workflow.task.TaskType;
import org.springframework.stereotype.Component;

/**
 * Change filing and revocation as the case page and the inbox show them: the app's changes (newest first) with a
 * link to each, the owner's button to file one, the supervisor's button to revoke the filing. Templates call it as
 * {@code @appChange} to tell the change's tasks from the others. Called within the case page's transaction.
 */
@Component("appChange")
public class AppChange {
    private final ChangeService changes;

    AppChange(ChangeService changes) {
        this.changes = changes;
    }

    /**
     * What the case page shows.
     *
     * @param changes   the app's changes, newest first
     * @param open      the change under review or returned, or null
     * @param canFile   whether the viewer may file a change now (its unit's applicant, the app FILED)
     * @param canRevoke whether the viewer may revoke the filing now (a supervisor of the jurisdiction)
     */
    public record View(List<ChangeFiling> changes, ChangeFiling open, boolean canFile, boolean canRevoke) {
        public boolean shown() {
            return !changes.isEmpty() || canFile || canRevoke;
        }
    }

    public View of(Actor actor, App app) {
        List<ChangeFiling> list = changes.ofApp(actor, app.id());
        ChangeFiling open = list.stream().filter(c -> c.state().isOpen()).findFirst().orElse(null);
        return new View(list, open, changes.mayFile(actor, app), RevocationService.mayRevoke(actor, app));
    }

    /** Whether a template's task row is one of the change process's, worked on the change's page. */
    public boolean handles(TaskType type) {
        return ChangeWorkflow.handles(type);
    }
}
