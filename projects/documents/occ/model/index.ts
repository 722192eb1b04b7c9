import './occ-documents-endpoints.model';
export * from './occ-documents-endpoints.model';
