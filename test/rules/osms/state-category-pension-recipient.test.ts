import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-pension-recipient.json — RULES.md 3.1, seed 002 «15 санат»
stateCategoryCases('pension_recipient');
