import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-nonworking-parent-child-under-3.json — seed 002 «15 санат»
stateCategoryCases('nonworking_parent_child_under_3');
