package id.netra.workflow;

import id.netra.platform.Messages;
import id.netra.platform.ProblemHandler;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Races on a task (two officers at once) are conflicts, not errors. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EngineProblemHandler {

    @ExceptionHandler({OptimisticLockingException.class, TaskAlreadyClaimedException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemHandler.problem(HttpStatus.CONFLICT,
                Messages.current("problem.conflict.title"), Messages.current("workflow.task.race")));
    }
}
