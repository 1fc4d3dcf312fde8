package vn.gov.dossier.contracts;

/**
 * Who helped a citizen file online, and where: a rapid-response team member at a centre, a Youth Union volunteer, a
 * village digital-technology team, a clerk, or an officer on a home visit. A filing helped this way is an online filing
 * (it counts towards the online rate) and an assisted one, never a desk filing.
 *
 * @param helperRole what the helper was doing
 * @param helperName the helper's name, as their verified token named them
 * @param unitCode the commune whose desk or team helped
 * @param shift the shift they helped in
 */
public record Assistance(HelperRole helperRole, String helperName, String unitCode, Shift shift) {

    /** What the helper was doing when they helped. */
    public enum HelperRole {
        /** A clerk at the one-stop desk filed it online with the citizen. */
        CLERK,
        /** A member of the centre's rapid-response team (tổ hỗ trợ, tổ phản ứng nhanh). */
        RAPID_RESPONSE_TEAM,
        /** A Youth Union volunteer (tình nguyện viên Đoàn thanh niên). */
        YOUTH_VOLUNTEER,
        /** The village's digital-technology team (tổ công nghệ số cộng đồng). */
        DIGITAL_TEAM,
        /** An officer visiting an elderly or disabled applicant at home. */
        HOME_VISIT_OFFICER
    }

    /** The shift of the day (ca làm việc). */
    public enum Shift {
        MORNING, AFTERNOON, EVENING
    }
}
