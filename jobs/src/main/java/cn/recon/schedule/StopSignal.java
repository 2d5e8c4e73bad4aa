package cn.recon.schedule;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** Set when the scheduler is shutting down: tasks start no further work (e.g. the next inbox file). */
@Component
public class StopSignal {

    private final AtomicBoolean stopping = new AtomicBoolean();

    public boolean isSet() {
        return stopping.get();
    }

    void set() {
        stopping.set(true);
    }
}
