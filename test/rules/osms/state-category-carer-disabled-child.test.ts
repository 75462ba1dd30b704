import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-carer-disabled-child.json — RULES.md 3.1, seed 002 «15 санат»
stateCategoryCases('carer_disabled_child');
