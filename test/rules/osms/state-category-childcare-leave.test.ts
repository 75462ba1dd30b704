import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-childcare-leave.json — seed 002 «15 санат»
stateCategoryCases('childcare_leave');
