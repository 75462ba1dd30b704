import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-carer-group1-since-childhood.json — seed 002 «15 санат»
stateCategoryCases('carer_group1_since_childhood');
