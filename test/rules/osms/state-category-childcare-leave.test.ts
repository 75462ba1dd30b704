import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-childcare-leave.json — RULES.md 3.1, seed 002 «15 санат»
stateCategoryCases('childcare_leave');
