package id.netra.deadline;

/** Pemilu (national election, UU 7/2017) or Pilkada (regional election, UU 10/2016): each has its own clocks. */
public enum ElectionType implements id.netra.platform.Labelled {
    PEMILU("PL"), PILKADA("PB");

    private final String registerCode;

    ElectionType(String registerCode) {
        this.registerCode = registerCode;
    }

    /** The election segment of a register number: PL for Pemilu, PB for Pilkada (pemilihan). */
    public String registerCode() {
        return registerCode;
    }

    @Override
    public String labelKey() {
        return "election." + name();
    }
}
