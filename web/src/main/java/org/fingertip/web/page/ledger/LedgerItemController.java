package org.fingertip.web.page.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.attachment.AttachmentFile;
import org.fingertip.registry.attachment.AttachmentSettings;
import org.fingertip.registry.attachment.ByteSizes;
import org.fingertip.registry.ledger.LedgerAttachmentService;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerState;
import org.fingertip.registry.shared.DomainException;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.shared.TooLargeException;
import org.fingertip.registry.shared.UnsupportedContentException;
import org.fingertip.web.ledger.AttachmentDownloads;
import org.fingertip.web.page.Display;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.page.FormDrafts;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.fingertip.workflow.ledger.LedgerWorkflow.OverdueDecision;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One ledger item: the app, owner, category, finding, source, state, deadline, evidence and every step; and the step
 * the viewer may take — the owner unit's applicant reports the fix, a reviewer of the office verifies it (closes it
 * or sends it back), a supervisor extends the deadline once or, once the item was escalated, revokes the filing.
 * Whether a reviewer may verify is the core's answer ({@link LedgerService#requireVerifier}); when it may not, the
 * reason is shown instead of the form. A refused form comes back as typed, each message beside its field; a step the
 * state no longer allows is the 409 page with the core's message. The item's evidence files are listed with their
 * size and SHA-256 and downloaded here; those who may attach get the upload form ({@link LedgerAttachmentService}).
 */
@Controller
class LedgerItemController {
    private static final String VIEW = "ledger/item";

    private final LedgerService ledger;
    private final LedgerWorkflow workflow;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final Display display;
    private final Clock clock;
    private final LedgerAttachmentService attachments;

    LedgerItemController(LedgerService ledger, LedgerWorkflow workflow, TransactionTemplate tx,
                         MessageSource messages, Display display, Clock clock, LedgerAttachmentService attachments) {
        this.ledger = ledger;
        this.workflow = workflow;
        this.tx = tx;
        this.messages = messages;
        this.display = display;
        this.clock = clock;
        this.attachments = attachments;
    }

    @InitBinder({"report", "verify", "overdue"})
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/ledger/{id}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    ModelAndView show(Actor actor, @PathVariable long id) {
        return page(HttpStatus.OK, actor, id, Forms.empty(), FieldMessages.none());
    }

    /** The owner unit reports the item fixed; the evidence is required. */
    @PostMapping("/ledger/{id}/report-fixed")
    @Allowed(Role.APPLICANT)
    ModelAndView reportFixed(Actor actor, @PathVariable long id, @ModelAttribute("report") LedgerForms.Report data,
                             BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        FieldMessages errors = new FieldMessages();
        if (binding.hasErrors()) {
            errors.addBindingErrors(binding, messages);
            return page(HttpStatus.BAD_REQUEST, actor, id, forms, errors);
        }
        try {
            workflow.reportFixed(actor, id, data.getEvidence());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, forms, e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, forms, e.errors());
        }
        redirect.addFlashAttribute("notice", "notice.ledgerReported");
        return new ModelAndView("redirect:/ledger/" + id);
    }

    /**
     * A reviewer verifies the fix. The page checks what only a page can (the confirmation, a conclusion chosen); the
     * core checks the rest (a comment when sending back).
     */
    @PostMapping("/ledger/{id}/verify")
    @Allowed(Role.REVIEWER)
    ModelAndView verify(Actor actor, @PathVariable long id, @ModelAttribute("verify") LedgerForms.Verify data,
                        BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        FieldMessages errors = new FieldMessages();
        if (binding.hasErrors()) {
            errors.addBindingErrors(binding, messages);
        }
        if (data.getAccepted() == null && !binding.hasFieldErrors("accepted")) {
            errors.add("accepted", text("ledger.error.accepted"));
        }
        if (!data.isConfirmed()) {
            errors.add("confirmed", text("ledger.error.confirm"));
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, actor, id, forms, errors);
        }
        try {
            workflow.verify(actor, id, data.getAccepted(), data.getComment());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, forms, e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, forms, e.errors());
        }
        redirect.addFlashAttribute("notice", data.getAccepted() ? "notice.ledgerClosed" : "notice.ledgerSentBack");
        return new ModelAndView("redirect:/ledger/" + id);
    }

    /** A supervisor extends the deadline (once) or revokes the filing (only once the item was escalated). */
    @PostMapping("/ledger/{id}/decide-overdue")
    @Allowed(Role.SUPERVISOR)
    ModelAndView decideOverdue(Actor actor, @PathVariable long id,
                               @ModelAttribute("overdue") LedgerForms.Overdue data, BindingResult binding,
                               RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        FieldMessages errors = new FieldMessages();
        if (binding.hasErrors()) {
            errors.addBindingErrors(binding, messages);
        }
        if (data.getDecision() == null && !binding.hasFieldErrors("decision")) {
            errors.add("decision", text("ledger.error.decision"));
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, actor, id, forms, errors);
        }
        try {
            workflow.decideOverdue(actor, id, data.getDecision(), data.getReason());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, forms, e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, forms, e.errors());
        }
        redirect.addFlashAttribute("notice", "notice.ledgerDecided." + data.getDecision().name());
        return new ModelAndView("redirect:/ledger/" + id);
    }

    // ---- evidence files ----

    /**
     * Attaches a file (multipart, field {@code file}). Who may attach is checked first (the 404, 403 or 409 page);
     * a file refused comes back beside the field: 400 empty or misnamed, 413 too large, 415 of a kind not accepted,
     * 422 when the item holds the most files it may.
     */
    @PostMapping("/ledger/{id}/attachments")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ModelAndView attach(Actor actor, @PathVariable long id,
                        @RequestParam(name = AttachmentFile.FIELD, required = false) MultipartFile file,
                        RedirectAttributes redirect) {
        tx.executeWithoutResult(s -> attachments.capacity(actor, id));
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return fileRefused(HttpStatus.BAD_REQUEST, actor, id, text("ledger.attachment.error.none"));
        }
        try {
            AttachmentFile checked = attachments.check(file.getOriginalFilename(), file.getContentType(), file.getBytes());
            tx.executeWithoutResult(s -> attachments.attach(actor, id, checked));
        } catch (TooLargeException e) {
            return refused(HttpStatus.PAYLOAD_TOO_LARGE, actor, id, Forms.empty(), e.errors());
        } catch (UnsupportedContentException e) {
            return refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, actor, id, Forms.empty(), e.errors());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, Forms.empty(), e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, Forms.empty(), e.errors());
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded evidence file", e);
        }
        redirect.addFlashAttribute("notice", "notice.attachmentAdded");
        return new ModelAndView("redirect:/ledger/" + id + "#attachments");
    }

    /** The file as uploaded, as a download: for anyone who may see the item. */
    @GetMapping("/ledger/{id}/attachments/{attachmentId}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long attachmentId,
                                    HttpServletResponse response) {
        return AttachmentDownloads.response(tx.execute(s -> attachments.download(actor, id, attachmentId)), response);
    }

    /**
     * An upload the container could not take: over the multipart limit, or not a readable multipart request. The
     * item page again, the message beside the file field.
     */
    @ExceptionHandler(MultipartException.class)
    ModelAndView uploadNotTaken(MultipartException e, Actor actor, HttpServletRequest request) {
        HttpStatus status = e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        String message = e instanceof MaxUploadSizeExceededException
                ? text("ledger.attachment.error.tooLarge", ByteSizes.format(attachments.settings().maxBytes()))
                : text("ledger.attachment.error.unreadable");
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object id = variables instanceof Map<?, ?> map ? map.get("id") : null;
        try {
            long itemId = Long.parseLong(String.valueOf(id));
            tx.executeWithoutResult(s -> attachments.capacity(actor, itemId));
            return fileRefused(status, actor, itemId, message);
        } catch (NumberFormatException notAnItem) {
            return errorPage(status, message);
        } catch (DomainException refused) {
            // an exception handler's own exception would reach no other handler: the error page here
            return errorPage(refused instanceof NotFoundException ? HttpStatus.NOT_FOUND
                    : refused instanceof ForbiddenException ? HttpStatus.FORBIDDEN
                    : refused instanceof StateConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                    refused.getMessage());
        }
    }

    /** The page the error pages show ({@code error/4xx}), for an answer of this controller's exception handler. */
    private static ModelAndView errorPage(HttpStatus status, String message) {
        ModelAndView mav = new ModelAndView("error/4xx");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("message", message);
        mav.addObject("fieldErrors", List.of());
        return mav;
    }

    private ModelAndView fileRefused(HttpStatus status, Actor actor, long id, String message) {
        FieldMessages errors = new FieldMessages();
        errors.add(AttachmentFile.FIELD, message);
        return page(status, actor, id, Forms.empty(), errors);
    }

    private ModelAndView refused(HttpStatus status, Actor actor, long id, Forms forms, List<FieldError> fieldErrors) {
        FieldMessages errors = new FieldMessages();
        errors.addAll(fieldErrors, f -> f);
        return page(status, actor, id, forms, errors);
    }

    private ModelAndView page(HttpStatus status, Actor actor, long id, Forms forms, FieldMessages errors) {
        ModelAndView mav = new ModelAndView(VIEW);
        mav.setStatus(status);
        tx.executeWithoutResult(s -> fill(mav, actor, id));
        mav.addObject("report", forms.report());
        mav.addObject("verify", forms.verify());
        mav.addObject("overdue", forms.overdue());
        mav.addObject("errors", errors);
        return mav;
    }

    private void fill(ModelAndView mav, Actor actor, long id) {
        LedgerItem item = ledger.visible(actor, id);
        mav.addObject("item", item);
        mav.addObject("steps", ledger.steps(actor, id));
        mav.addObject("overdueNow", item.isOverdue(clock.instant()));
        mav.addObject("office", LedgerService.officeOf(item));

        mav.addObject("canReport", actor.has(Role.APPLICANT) && actor.worksFor(item.owner().code())
                && item.state().awaitsOwner());

        boolean canVerify = false;
        String verifyReadOnly = null;
        if (item.state() == LedgerState.REPORTED_FIXED && actor.has(Role.REVIEWER)) {
            try {
                ledger.requireVerifier(actor, id);
                canVerify = true;
            } catch (DomainException e) {
                verifyReadOnly = e.getMessage();
            }
        }
        mav.addObject("canVerify", canVerify);
        mav.addObject("verifyReadOnly", verifyReadOnly);
        FormDrafts.addTo(mav, "ledger-report", item.id(), item.version());

        boolean supervisor = actor.has(Role.SUPERVISOR) && !item.state().isFinal();
        List<OverdueDecision> decisions = new ArrayList<>();
        List<String> supervisorNotes = new ArrayList<>();
        if (supervisor) {
            if (item.extended()) {
                supervisorNotes.add(text("ledger.extendedOnce", display.date(item.deadline())));
            } else {
                decisions.add(OverdueDecision.EXTEND);
            }
            if (item.escalatedAt() != null) {
                decisions.add(OverdueDecision.REVOKE);
            } else {
                supervisorNotes.add(text("ledger.revokeNotYet"));
            }
        }
        mav.addObject("decisions", decisions);
        mav.addObject("supervisorNotes", supervisorNotes);

        List<AttachmentRow> files = attachments.list(actor, id).stream().map(AttachmentRow::of).toList();
        AttachmentSettings limits = attachments.settings();
        mav.addObject("attachments", files);
        boolean mayAttach = attachments.mayAttach(actor, item).isPresent();
        mav.addObject("canAttach", mayAttach && files.size() < limits.maxPerRecord());
        mav.addObject("attachmentsFull", mayAttach && files.size() >= limits.maxPerRecord());
        mav.addObject("attachmentMaxSize", ByteSizes.format(limits.maxBytes()));
        mav.addObject("attachmentMaxBytes", limits.maxBytes());
        mav.addObject("attachmentMaxCount", limits.maxPerRecord());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The three forms of the page: the one posted as typed, the others empty. */
    private record Forms(LedgerForms.Report report, LedgerForms.Verify verify, LedgerForms.Overdue overdue) {
        static Forms empty() {
            return new Forms(new LedgerForms.Report(), new LedgerForms.Verify(), new LedgerForms.Overdue());
        }

        Forms with(LedgerForms.Report r) {
            return new Forms(r, verify, overdue);
        }

        Forms with(LedgerForms.Verify v) {
            return new Forms(report, v, overdue);
        }

        Forms with(LedgerForms.Overdue o) {
            return new Forms(report, verify, o);
        }
    }
}
