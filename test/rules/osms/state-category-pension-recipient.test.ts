import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-pension-recipient.json — seed 002 «15 санат»
stateCategoryCases('pension_recipient');
