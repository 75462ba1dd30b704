import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-prisoner.json — RULES.md 3.1, seed 002 «15 санат»
stateCategoryCases('prisoner');
