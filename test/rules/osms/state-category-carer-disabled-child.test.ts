import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-carer-disabled-child.json — seed 002 «15 санат»
stateCategoryCases('carer_disabled_child');
