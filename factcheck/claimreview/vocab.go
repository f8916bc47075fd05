// The property lists below are copied from schema-dts 2.1.0 (the version
// pinned in testdata/schemadts): for each type, the properties declared in the
// body of "interface <Type>Base" in node_modules/schema-dts/dist/schema.d.ts.
// Refresh them from there when the pin moves.

package claimreview

// vocab gives, for each schema.org type the validator knows, its parent type
// and the properties it adds to its parent. The types are those ClaimReview
// markup uses: the review, its rating, the claim, where the claim appeared,
// and the people and organizations involved.
var vocab = map[string]vocabType{
	"Thing": {parent: "", props: fields(`
		additionalType alternateName description disambiguatingDescription identifier image
		mainEntityOfPage name owner potentialAction sameAs subjectOf url`)},
	"CreativeWork": {parent: "Thing", props: fields(`
		about abstract accessibilityAPI accessibilityControl accessibilityFeature
		accessibilityHazard accessibilitySummary accessMode accessModeSufficient
		accountablePerson acquireLicensePage aggregateRating alternativeHeadline archivedAt
		assesses associatedMedia audience audio author award awards character citation
		comment commentCount conditionsOfAccess contentLocation contentRating
		contentReferenceTime contributor copyrightHolder copyrightNotice copyrightYear
		correction countryOfOrigin creativeWorkStatus creator creditText dateCreated
		dateModified datePublished digitalSourceType discussionUrl displayLocation editEIDR
		editor educationalAlignment educationalLevel educationalUse encoding encodingFormat
		encodings exampleOfWork expires fileFormat funder funding genre hasPart headline
		inLanguage interactionStatistic interactivityType interpretedAsClaim
		isAccessibleForFree isBasedOn isBasedOnUrl isFamilyFriendly isPartOf keywords
		learningResourceType license locationCreated mainEntity maintainer material
		materialExtent mentions offers pattern position producer provider publication
		publisher publisherImprint publishingPrinciples recordedAt releasedEvent review
		reviews schemaVersion sdDatePublished sdLicense sdPublisher size sourceOrganization
		spatial spatialCoverage sponsor teaches temporal temporalCoverage text thumbnail
		thumbnailUrl timeRequired translationOfWork translator typicalAgeRange usageInfo
		version video wordCount workExample workTranslation`)},
	"Review": {parent: "CreativeWork", props: fields(`
		associatedClaimReview associatedMediaReview associatedReview itemReviewed
		negativeNotes positiveNotes reviewAspect reviewBody reviewRating`)},
	"ClaimReview": {parent: "Review", props: fields(`
		claimReviewed`)},
	"Claim": {parent: "CreativeWork", props: fields(`
		appearance claimInterpreter firstAppearance`)},
	"Rating": {parent: "Thing", props: fields(`
		author bestRating ratingExplanation ratingValue reviewAspect worstRating`)},
	"AggregateRating": {parent: "Rating", props: fields(`
		itemReviewed ratingCount reviewCount`)},
	"EndorsementRating": {parent: "Rating"},
	"Article": {parent: "CreativeWork", props: fields(`
		articleBody articleSection backstory pageEnd pageStart pagination speakable
		wordCount`)},
	"NewsArticle": {parent: "Article", props: fields(`
		dateline printColumn printEdition printPage printSection`)},
	"SocialMediaPosting": {parent: "Article", props: fields(`
		sharedContent`)},
	"BlogPosting": {parent: "SocialMediaPosting"},
	"WebPage": {parent: "CreativeWork", props: fields(`
		breadcrumb lastReviewed mainContentOfPage primaryImageOfPage relatedLink reviewedBy
		significantLink significantLinks speakable specialty`)},
	"WebSite": {parent: "CreativeWork", props: fields(`
		issn`)},
	"MediaObject": {parent: "CreativeWork", props: fields(`
		associatedArticle bitrate contentSize contentUrl duration embedUrl
		encodesCreativeWork encodingFormat endTime height ineligibleRegion
		interpretedAsClaim playerType productionCompany regionsAllowed requiresSubscription
		sha256 startTime uploadDate width`)},
	"ImageObject": {parent: "MediaObject", props: fields(`
		caption embeddedTextCaption exifData representativeOfPage`)},
	"VideoObject": {parent: "MediaObject", props: fields(`
		actor actors caption director directors embeddedTextCaption musicBy transcript
		videoFrameSize videoQuality`)},
	"Organization": {parent: "Thing", props: fields(`
		acceptedPaymentMethod actionableFeedbackPolicy address agentInteractionStatistic
		aggregateRating alumni areaServed authorizedRepresentative award awards brand
		companyRegistration contactPoint contactPoints correctionsPolicy department
		dissolutionDate diversityPolicy diversityStaffingReport duns email employee
		employees ethicsPolicy event events faxNumber founder founders foundingDate
		foundingLocation funder funding globalLocationNumber hasCertification hasCredential
		hasGS1DigitalLink hasMemberProgram hasMerchantReturnPolicy hasOfferCatalog hasPOS
		hasProductReturnPolicy hasShippingService interactionStatistic isicV4 iso6523Code
		keywords knowsAbout knowsLanguage legalAddress legalName legalRepresentative leiCode
		location logo makesOffer member memberOf members naics nonprofitStatus
		numberOfEmployees ownershipFundingInfo owns parentOrganization publishingPrinciples
		review reviews seeks serviceArea skills slogan sponsor subOrganization taxID
		telephone unnamedSourcesPolicy vatID`)},
	"NewsMediaOrganization": {parent: "Organization", props: fields(`
		actionableFeedbackPolicy correctionsPolicy diversityPolicy diversityStaffingReport
		ethicsPolicy masthead missionCoveragePrioritiesPolicy noBylinesPolicy
		ownershipFundingInfo unnamedSourcesPolicy verificationFactCheckingPolicy`)},
	"Person": {parent: "Thing", props: fields(`
		additionalName address affiliation agentInteractionStatistic alumniOf award awards
		birthDate birthPlace brand callSign children colleague colleagues contactPoint
		contactPoints deathDate deathPlace duns email familyName faxNumber follows funder
		funding gender givenName globalLocationNumber hasCertification hasCredential
		hasOccupation hasOfferCatalog hasPOS height homeLocation honorificPrefix
		honorificSuffix interactionStatistic isicV4 jobTitle knows knowsAbout knowsLanguage
		lifeEvent makesOffer memberOf naics nationality netWorth owns parent parents
		performerIn pronouns publishingPrinciples relatedTo seeks sibling siblings skills
		sponsor spouse taxID telephone vatID weight workLocation worksFor`)},
}
