/** Why stored documents were reached (access-log purposes of the `documents` module). */
export const documentPurposes = ['view-documents', 'download-document', 'store-document'] as const;
