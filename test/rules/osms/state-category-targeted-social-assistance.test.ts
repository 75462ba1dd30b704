import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-targeted-social-assistance.json — seed 002 «15 санат»
stateCategoryCases('targeted_social_assistance');
