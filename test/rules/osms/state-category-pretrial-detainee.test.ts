import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-pretrial-detainee.json — seed 002 «15 санат»
stateCategoryCases('pretrial_detainee');
