import { stateCategoryCases } from '../../support/state-category';

// rules/osms/state-category-targeted-social-assistance.json — RULES.md 3.1, seed 002 «15 санат»
stateCategoryCases('targeted_social_assistance');
