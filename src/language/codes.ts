/**
 * The codes a rule and a Decision share: services, screening programmes and payers. A new
 * service or programme is added here (and named in src/messages/ and data/vocabulary.json);
 * the Decision's schema, the event params and the facts' types all read these lists.
 */

/** Every service a Decision answers for, in the order a Decision lists them. */
export const SERVICE_CODES = [
  'ambulance',
  'phc',
  'outpatient_specialist',
  'dynamic_observation',
  'screening',
  'dental_emergency',
  'dental_planned',
  'day_hospital',
  'inpatient_emergency',
  'inpatient_planned',
  'rehabilitation',
  'palliative',
  'blood_products',
  'pathology',
  'donor_preparation',
  'treatment_abroad',
  'drugs_inpatient',
  'drugs_outpatient',
  'vaccination',
] as const;

/** Every screening programme a Decision answers for. */
export const SCREENING_PROGRAMS = [
  'behavioural_risk',
  'cardio_diabetes',
  'glaucoma',
  'cervical_cancer',
  'breast_cancer',
  'colorectal_cancer',
  'hepatitis_bc',
] as const;

/** The GOBMP packages, from none to the full one (the fold of `package` events takes the highest). */
export const GOBMP_PACKAGES = ['none', 'dangerous_diseases', 'full'] as const;

/** Who pays a covered service. */
export const PAYERS = ['gobmp', 'osms', 'dms', 'vms'] as const;
export type Payer = (typeof PAYERS)[number];

/** Residency classes of a profile (RULES.md 1). */
export const residencyClasses = [
  'citizen',
  'kandas',
  'refugee',
  'permanent_resident',
  'stateless_permanent',
  'temporary_resident',
  'stateless_temporary',
  'asylum_seeker',
] as const;

export const stateCategoryCodes = [
  'child',
  'registered_unemployed',
  'pregnant_nonworking',
  'nonworking_parent_child_under_3',
  'childcare_leave',
  'carer_disabled_child',
  'pension_recipient',
  'prisoner',
  'pretrial_detainee',
  'kandas_unemployed',
  'mother_many_children',
  'disabled',
  'full_time_student',
  'carer_group1_since_childhood',
  'targeted_social_assistance',
] as const;

/** Payment kinds that are OSMS contributions. */
export const osmsPaymentKinds = [
  'employer_deduction',
  'employee_contribution',
  'gpc_contribution',
  'individual_entrepreneur',
  'private_practice',
  'self_payer',
  'esp',
] as const;

/** OSMS contribution kinds, and the two non-OSMS kinds the pregnancy rule reads. */
export const paymentKinds = [...osmsPaymentKinds, 'pension_contribution', 'social_contribution'] as const;

export const employmentKinds = [
  'employee',
  'gpc',
  'individual_entrepreneur',
  'private_practice',
  'self_payer',
  'esp_payer',
  'military_or_law_enforcement',
  'unemployed',
] as const;

export const quotaServices = [
  'therapist',
  'pediatrician',
  'surgeon',
  'infectious_disease',
  'ophthalmologist',
  'gastroenterologist',
  'otorhinolaryngologist',
  'pulmonologist',
  'psychiatrist',
  'radiologist',
  'cholesterol_express',
  'glucose_express',
  'complete_blood_count',
  'urinalysis',
  'sputum_afb_microscopy',
  'ultrasound_complex',
  'chest_xray',
  'eeg',
] as const;

/** Risk groups of the hepatitis B/C screening that the profile states directly (seed 002, screening group 7). */
export const hepatitisRiskGroups = [
  'medical_worker',
  'surgery_patient',
  'specialised_centre_patient',
  'transfusion_or_transplant_recipient',
] as const;

/** Awards of mothers of many children. */
export const motherAwards = ['altyn_alka', 'kumis_alka', 'batyr_ana', 'ana_dankhy_1', 'ana_dankhy_2'] as const;
