-- The date of the decision that ended a case's proceedings (final judgment, acquittal,
-- decision not to prosecute): its retention period runs from it (SPEC §7).
ALTER TABLE cases ADD COLUMN decided_on TEXT;
