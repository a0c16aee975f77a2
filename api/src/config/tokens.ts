/** Injection tokens for values that are not classes. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const SCHEDULER_OPTIONS = Symbol('SCHEDULER_OPTIONS');
/** The engine's StepOptions for this site (its calendar), passed to every start and step. */
export const STEP_OPTIONS = Symbol('STEP_OPTIONS');
