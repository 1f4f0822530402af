export * from './admin-units';
export * from './auth';
export * from './units';
export * from './nominations';
export * from './security';
export * from './review';
export * from './public-data';
export * from './facet-summary';
