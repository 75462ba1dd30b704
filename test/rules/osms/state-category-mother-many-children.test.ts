import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-mother-many-children.json — seed 002 «15 санат»
stateCategoryCases('mother_many_children');
