import * as v from 'valibot'

/**
 * A table cell: a number, or `null` when blank, not applicable or unreadable.
 * Why the value is null is kept in the source map, not here, so the model stays plain data.
 */
export const CellSchema = v.nullable(v.number())

/** One row of section 三: six applicant columns plus 总计 (spec §2.3). */
export const ApplicantRowSchema = v.object({
  naturalPerson: CellSchema,
  commercialEnterprise: CellSchema,
  researchInstitution: CellSchema,
  publicWelfareOrg: CellSchema,
  legalServiceOrg: CellSchema,
  otherOrg: CellSchema,
  total: CellSchema,
})

const WithheldSchema = v.object({
  stateSecret: ApplicantRowSchema,
  prohibitedByLaw: ApplicantRowSchema,
  securityStability: ApplicantRowSchema,
  thirdPartyRights: ApplicantRowSchema,
  internalAffairs: ApplicantRowSchema,
  processInformation: ApplicantRowSchema,
  lawEnforcementFile: ApplicantRowSchema,
  administrativeQuery: ApplicantRowSchema,
})
const UnableToProvideSchema = v.object({
  notHeld: ApplicantRowSchema,
  needsCreation: ApplicantRowSchema,
  unclearAfterCorrection: ApplicantRowSchema,
})
const NotProcessedSchema = v.object({
  petitionComplaint: ApplicantRowSchema,
  duplicate: ApplicantRowSchema,
  publication: ApplicantRowSchema,
  massRepeated: ApplicantRowSchema,
  confirmOrReissue: ApplicantRowSchema,
})

function applicationsSchema<T extends v.GenericSchema>(otherHandling: T) {
  return v.object({
    newReceived: ApplicantRowSchema,
    carriedOver: ApplicantRowSchema,
    results: v.object({
      granted: ApplicantRowSchema,
      partiallyGranted: ApplicantRowSchema,
      withheld: WithheldSchema,
      unableToProvide: UnableToProvideSchema,
      notProcessed: NotProcessedSchema,
      otherHandling,
      total: ApplicantRowSchema,
    }),
    carriedForward: ApplicantRowSchema,
  })
}

/** 2021: （六）其他处理 has three items; `total` is derived as their sum (spec §2.3). */
export const OtherHandling2021Schema = v.object({
  overdueCorrection: ApplicantRowSchema,
  unpaidFee: ApplicantRowSchema,
  other: ApplicantRowSchema,
  total: ApplicantRowSchema,
})
/** 2019: a single （六）其他处理 row. */
export const OtherHandling2019Schema = v.object({ total: ApplicantRowSchema })

export const Applications2021Schema = applicationsSchema(OtherHandling2021Schema)
export const Applications2019Schema = applicationsSchema(OtherHandling2019Schema)

const ReviewGroupSchema = v.object({
  upheld: CellSchema,
  corrected: CellSchema,
  otherResult: CellSchema,
  pending: CellSchema,
  total: CellSchema,
})
export const ReviewLitigationSchema = v.object({
  review: ReviewGroupSchema,
  litigationDirect: ReviewGroupSchema,
  litigationAfterReview: ReviewGroupSchema,
})

const DocumentCountsSchema2021 = v.object({ issued: CellSchema, repealed: CellSchema, inForce: CellSchema })
const DecisionsSchema = v.object({ decisions: CellSchema })
export const ActiveDisclosure2021Schema = v.object({
  regulations: DocumentCountsSchema2021,
  normativeDocuments: DocumentCountsSchema2021,
  administrativeLicensing: DecisionsSchema,
  administrativePenalty: DecisionsSchema,
  administrativeCoercion: DecisionsSchema,
  administrativeFees: v.object({ amountWanYuan: CellSchema }),
})

const DocumentCountsSchema2019 = v.object({ newlyMade: CellSchema, newlyPublished: CellSchema, totalPublished: CellSchema })
const ItemsSchema2019 = v.object({ priorYearItems: CellSchema, itemsChange: CellSchema, decisions: CellSchema })
export const ActiveDisclosure2019Schema = v.object({
  regulations: DocumentCountsSchema2019,
  normativeDocuments: DocumentCountsSchema2019,
  administrativeLicensing: ItemsSchema2019,
  otherManagementServices: ItemsSchema2019,
  administrativePenalty: ItemsSchema2019,
  administrativeCoercion: ItemsSchema2019,
  administrativeFees: v.object({ priorYearItems: CellSchema, itemsChange: CellSchema }),
  centralizedProcurement: v.object({
    projectCount: CellSchema,
    totalAmount: CellSchema,
    /** The unit written with 采购总金额 (元, 万元 …); the template prescribes none. */
    totalAmountUnit: v.nullable(v.string()),
  }),
})

/** Metadata found in the document (spec §5); `null` when the document does not say. */
export const MetaSchema = v.object({
  title: v.nullable(v.string()),
  agencyName: v.nullable(v.string()),
  /** 乡镇 / 街道 / 县级政府 / 部门 …, from the name or from self-references such as 我镇. */
  agencyType: v.nullable(v.string()),
  reportYear: v.nullable(v.pipe(v.number(), v.integer())),
  /** ISO date `YYYY-MM-DD` of the 落款 or of the page metadata. */
  publicationDate: v.nullable(v.pipe(v.string(), v.isoDate())),
})

/** A row the format does not know (a provincial extension, spec D-T10): kept, never summed. */
export const ExtensionRowSchema = v.object({
  section: v.picklist(['activeDisclosure', 'applications', 'reviewLitigation']),
  label: v.string(),
  values: v.array(CellSchema),
  raw: v.array(v.string()),
})

const common = {
  meta: MetaSchema,
  overview: v.nullable(v.string()),
  reviewLitigation: ReviewLitigationSchema,
  problemsImprovements: v.nullable(v.string()),
  otherMatters: v.nullable(v.string()),
  extensions: v.array(ExtensionRowSchema),
}

export const Report2021Schema = v.object({
  edition: v.literal('2021'),
  ...common,
  activeDisclosure: ActiveDisclosure2021Schema,
  applications: Applications2021Schema,
})

export const Report2019Schema = v.object({
  edition: v.literal('2019'),
  ...common,
  activeDisclosure: ActiveDisclosure2019Schema,
  applications: Applications2019Schema,
})

/** The report model: a union discriminated by `edition`. */
export const ReportSchema = v.variant('edition', [Report2019Schema, Report2021Schema])

export type Cell = v.InferOutput<typeof CellSchema>
export type ApplicantRow = v.InferOutput<typeof ApplicantRowSchema>
export type Meta = v.InferOutput<typeof MetaSchema>
export type ExtensionRow = v.InferOutput<typeof ExtensionRowSchema>
export type ReviewLitigation = v.InferOutput<typeof ReviewLitigationSchema>
export type ActiveDisclosure2019 = v.InferOutput<typeof ActiveDisclosure2019Schema>
export type ActiveDisclosure2021 = v.InferOutput<typeof ActiveDisclosure2021Schema>
export type Applications2019 = v.InferOutput<typeof Applications2019Schema>
export type Applications2021 = v.InferOutput<typeof Applications2021Schema>
export type Report2019 = v.InferOutput<typeof Report2019Schema>
export type Report2021 = v.InferOutput<typeof Report2021Schema>
export type Report = v.InferOutput<typeof ReportSchema>
