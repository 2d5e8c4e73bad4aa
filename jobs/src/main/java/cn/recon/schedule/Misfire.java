package cn.recon.schedule;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;

/**
 * What a schedule does about a fire time it missed (the scheduler was down or the schedule paused at that moment, by
 * more than Quartz's misfire threshold).
 */
public enum Misfire {
    /** Run once as soon as possible, then keep to the schedule (however many fire times were missed). */
    FIRE_ONCE_NOW("fire-once-now", CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW),
    /** Skip the missed run(s); wait for the next fire time. */
    DO_NOTHING("do-nothing", CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING),
    /** Run once for every missed fire time, one after the other, as soon as possible. */
    IGNORE_MISFIRES("ignore-misfires", CronTrigger.MISFIRE_INSTRUCTION_IGNORE_MISFIRE_POLICY);

    private final String key;
    private final int instruction;

    Misfire(String key, int instruction) {
        this.key = key;
        this.instruction = instruction;
    }

    public String key() {
        return key;
    }

    /** The Quartz misfire instruction stored with the trigger. */
    int instruction() {
        return instruction;
    }

    CronScheduleBuilder apply(CronScheduleBuilder b) {
        switch (this) {
            case FIRE_ONCE_NOW:
                return b.withMisfireHandlingInstructionFireAndProceed();
            case DO_NOTHING:
                return b.withMisfireHandlingInstructionDoNothing();
            default:
                return b.withMisfireHandlingInstructionIgnoreMisfires();
        }
    }

    static Misfire ofKey(String key) {
        for (Misfire m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** The policy of a stored Quartz instruction, or null for one this file cannot express. */
    static Misfire ofInstruction(int instruction) {
        for (Misfire m : values()) {
            if (m.instruction == instruction) {
                return m;
            }
        }
        return null;
    }
}
