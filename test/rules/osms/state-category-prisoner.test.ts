import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-prisoner.json — seed 002 «15 санат»
stateCategoryCases('prisoner');
