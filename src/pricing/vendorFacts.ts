/**
 * Facts about vendors that are not prices but decide whether a route may be used at all: whose
 * cloud perimeter the data goes to, and whether tuned weights can be downloaded. Data with sources,
 * read by `recommend`'s constraints; no code branches on a vendor's name. A fact nobody could
 * establish is `null` and a constraint that needs it removes the vendor with that reason (the
 * conservative reading), rather than guessing.
 *
 * Kept beside the price tables, not in them: these facts are not dated price versions, and the
 * price-table schema (and every table file) stays as it is. Confidence uses the tables' words
 * (`vendor`, `vendor-copy`, `third-party`) plus `inferred`: reasoned from a documented fact (named
 * in the note), not stated by the vendor in those words.
 */

/** Where a vendor processes and keeps the data sent to it. */
export type Perimeter = 'aws' | 'gcp' | 'azure' | 'vendor';

export interface FactSource {
  readonly url: string;
  readonly readOn: string;
  readonly confidence: 'vendor' | 'vendor-copy' | 'third-party' | 'inferred';
  readonly note: string;
}

export interface VendorFacts {
  /**
   * `aws` / `gcp` / `azure`: the service runs in the customer's own account of that cloud, in the
   * region the customer picks; `vendor`: the vendor's own infrastructure or account, whatever cloud
   * it rents.
   */
  readonly perimeter: { readonly value: Perimeter; readonly source: FactSource };
  /** Tuned weights can be downloaded; `null` for a vendor that does not fine-tune or when unknown. */
  readonly weightsDownloadable: { readonly value: boolean | null; readonly source: FactSource } | null;
}

const READ = '2026-11-30';

/** A managed API: the service page, read for what it sells (the perimeter follows from it being managed). */
const ownInfrastructure = (what: string, url: string): FactSource => ({
  url,
  readOn: READ,
  confidence: 'inferred',
  note: `${what}: a managed service run in the vendor's own account, not in the customer's cloud account.`,
});

/** Facts per vendor id of the bundled price tables. */
export const VENDOR_FACTS: Readonly<Record<string, VendorFacts>> = {
  'aws-bedrock': {
    perimeter: {
      value: 'aws',
      source: {
        url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/data-protection.html',
        readOn: READ,
        confidence: 'inferred',
        note: 'Bedrock runs in the AWS region the customer calls, under the customer AWS account; model customization reads training data from the customer S3 bucket.',
      },
    },
    weightsDownloadable: {
      value: false,
      source: {
        url: 'https://aws.amazon.com/bedrock/pricing/',
        readOn: READ,
        confidence: 'inferred',
        note: 'A Bedrock-customised model is served only through Bedrock (Provisioned Throughput or on demand); the price table notes no export. Weights tuned elsewhere can be imported (Custom Model Import), not exported.',
      },
    },
  },
  'aws-rds': {
    perimeter: {
      value: 'aws',
      source: {
        url: 'https://aws.amazon.com/rds/postgresql/pricing/',
        readOn: READ,
        confidence: 'inferred',
        note: 'An RDS instance runs in the customer AWS account and region.',
      },
    },
    weightsDownloadable: null,
  },
  'google-vertex': {
    perimeter: {
      value: 'gcp',
      source: {
        url: 'https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini-supervised-tuning-region-settings',
        readOn: READ,
        confidence: 'vendor',
        note: "'User data, such as the transformed dataset and the tuned model, is stored in the tuning job region. During tuning, computation could be offloaded to other US or EU regions.' Vertex runs under the customer Google Cloud project.",
      },
    },
    weightsDownloadable: {
      value: false,
      source: {
        url: 'https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini-supervised-tuning-region-settings',
        readOn: READ,
        confidence: 'inferred',
        note: 'A tuned Gemini model is uploaded to a Vertex endpoint in the tuning region; Gemini weights are closed and no export of a tuned Gemini is documented.',
      },
    },
  },
  'azure-openai': {
    perimeter: {
      value: 'azure',
      source: {
        url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/fine-tuning-cost-management',
        readOn: READ,
        confidence: 'inferred',
        note: 'Azure OpenAI fine-tuning runs in an Azure AI Foundry resource of the customer Azure subscription.',
      },
    },
    weightsDownloadable: {
      value: false,
      source: {
        url: 'https://community.openai.com/t/who-owns-fine-tuned-models/24519',
        readOn: READ,
        confidence: 'third-party',
        note: "OpenAI models tuned on Azure are deployed in Azure only; OpenAI's models are closed weights (community answer: fine-tunes cannot be exported).",
      },
    },
  },
  openai: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('OpenAI API', 'https://platform.openai.com/docs/pricing'),
    },
    weightsDownloadable: {
      value: false,
      source: {
        url: 'https://community.openai.com/t/who-owns-fine-tuned-models/24519',
        readOn: READ,
        confidence: 'third-party',
        note: "'I do not believe OpenAI will ever allow you to export models' (community thread); no export endpoint exists in the fine-tuning API.",
      },
    },
  },
  together: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('Together AI', 'https://www.together.ai/pricing'),
    },
    weightsDownloadable: {
      value: true,
      source: {
        url: 'https://docs.together.ai/reference/get-finetune-download',
        readOn: READ,
        confidence: 'vendor',
        note: "GET /finetune/download: 'Receive a compressed fine-tuned model or checkpoint' (merged or adapter).",
      },
    },
  },
  fireworks: {
    perimeter: { value: 'vendor', source: ownInfrastructure('Fireworks AI', 'https://fireworks.ai/pricing') },
    weightsDownloadable: {
      value: null,
      source: {
        url: 'https://docs.fireworks.ai/fine-tuning/managed-finetuning-intro',
        readOn: READ,
        confidence: 'inferred',
        note: 'Not established: no statement on downloading tuned weights was found in the sources read.',
      },
    },
  },
  modal: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('Modal (serverless GPUs)', 'https://modal.com/pricing'),
    },
    weightsDownloadable: {
      value: true,
      source: {
        url: 'https://modal.com/pricing',
        readOn: READ,
        confidence: 'inferred',
        note: 'Bring your own model: the customer runs its own training code, which writes the weights where the customer chooses (the table is bring-your-own-model).',
      },
    },
  },
  replicate: {
    perimeter: { value: 'vendor', source: ownInfrastructure('Replicate', 'https://replicate.com/pricing') },
    weightsDownloadable: {
      value: true,
      source: {
        url: 'https://replicate.com/docs/billing',
        readOn: READ,
        confidence: 'inferred',
        note: 'Bring your own model on rented hardware (the table is bring-your-own-model); trainings output weights the customer owns.',
      },
    },
  },
  cohere: {
    perimeter: { value: 'vendor', source: ownInfrastructure('Cohere API', 'https://cohere.com/pricing') },
    weightsDownloadable: null,
  },
  anthropic: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('Anthropic API', 'https://www.anthropic.com/pricing'),
    },
    weightsDownloadable: null,
  },
  openrouter: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('OpenRouter (routes to other vendors)', 'https://openrouter.ai/docs/faq'),
    },
    weightsDownloadable: null,
  },
  pinecone: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure(
        'Pinecone serverless (in Pinecone’s account)',
        'https://docs.pinecone.io/guides/organizations/manage-cost/understanding-cost',
      ),
    },
    weightsDownloadable: null,
  },
  turbopuffer: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('turbopuffer', 'https://turbopuffer.com/pricing'),
    },
    weightsDownloadable: null,
  },
  weaviate: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('Weaviate Cloud (shared)', 'https://weaviate.io/pricing'),
    },
    weightsDownloadable: null,
  },
  voyage: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('Voyage AI API', 'https://docs.voyageai.com/docs/pricing'),
    },
    weightsDownloadable: null,
  },
  jina: {
    perimeter: { value: 'vendor', source: ownInfrastructure('Jina AI API', 'https://jina.ai/reranker') },
    weightsDownloadable: null,
  },
  neon: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('Neon (serverless Postgres)', 'https://neon.com/pricing'),
    },
    weightsDownloadable: null,
  },
  supabase: {
    perimeter: {
      value: 'vendor',
      source: ownInfrastructure('Supabase (hosted Postgres)', 'https://supabase.com/pricing'),
    },
    weightsDownloadable: null,
  },
};
