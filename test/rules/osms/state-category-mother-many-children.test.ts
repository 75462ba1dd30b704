import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-mother-many-children.json — RULES.md 3.1, seed 002 «15 санат»
stateCategoryCases('mother_many_children');
