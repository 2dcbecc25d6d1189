// print/routes.tsx mounts the models' documents under these names; the features own them.
export { modelsPrintRoutes } from '../../features/models/printPaths';
