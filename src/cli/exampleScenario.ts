/**
 * The scenario `tune-or-rag init` writes: the built-in default scenario as YAML, every field
 * explained, optional fields shown commented out, and three profiles. A test checks that it parses
 * to the built-in default plus its profiles, so the two cannot drift.
 */
export const EXAMPLE_SCENARIO_YAML = `# A tune-or-rag scenario (docs/scenarios.md). Run it with:
#   tune-or-rag compare scenario.yaml          every strategy, all profiles side by side
#   tune-or-rag explain scenario.yaml --profile base
#   tune-or-rag sweep scenario.yaml --profile base --vary requestsPerMonth=1e3..1e9:log:25
# Counts (tokens, requests, months) are whole numbers; rates are fractions from 0 to 1;
# money (price overrides) is always a quoted decimal string such as "0.40".

version: 1                      # scenario format version (must be 1)
name: Support assistant         # shown in every report
description: A customer-support assistant answering 200,000 questions a month.
asOf: "2026-11-30"              # price date: tables in effect and routes open that day (omit: today)
horizonMonths: 12               # months over which one-off costs are spread, and the horizon length
# hoursPerMonth: 730            # hours in a month for capacity billed by time (default 730)

workload:                       # what one request looks like, the same for every strategy
  requestsPerMonth: 200000      # monthly volume (sweep it with --vary requestsPerMonth=...)
  # growthPerMonth: 0.05        # horizons only: volume grows 5% a month, compounded (default 0)
  instructionTokens: 600        # system prompt tokens of the base setup
  inputTokens: 150              # the user's tokens per request
  outputTokens: 250             # answer tokens per request

strategies:                     # describe the ones to compare; leave one out to skip it
  fineTune:                     # a tuned model
    vendor: google-vertex       # \`tune-or-rag vendors\` lists what can be bought; \`prices google-vertex\` the prices
    model: gemini-2.5-flash     # the base model to tune
    method: sft                 # sft, dpo or rft (default sft)
    # variant: lora             # lora or full, where the vendor offers both
    training:
      datasetTokens: 10000000   # tokens in the training file (one epoch)
      epochs: 3                 # passes over the file (default 1)
      # validationTokens: 0     # tokens in the validation file
      # evalPasses: 0           # validation passes per run
      # hours: 2.5              # time-priced training: wall-clock hours of the job
      # tokensPerSecond: 5000   # ...or its throughput, instead of hours
      # gpus: 1                 # GPUs billed in parallel for time-priced training
      # hardware: a100-80gb     # bring-your-own-model vendors: the hardware to train on
    retrainEveryMonths: 1       # re-train every N months (0 or absent: train once)
    # accountStanding: active   # never-tuned, inactive or active: which stage of a staged closure
    #                           # applies (OpenAI 2026); absent: the earliest (a new customer's)
    evaluationRequests: 1000    # requests of an evaluation run after every training
    tunedInstructionTokens: 80  # the tuned model's shorter system prompt
    # cachedPrefixHitRate: 0    # fraction of requests whose prompt prefix is a cache hit
    serving:
      mode: per_token           # per_token, or capacity (below)
      # mode: capacity          # dedicated capacity billed by time
      # option: provisioned-throughput   # a capacity option or hardware id
      # copies: 1               # copies always running, or:
      # autoscale: { requestsPerCopyPerMonth: 5000000, minCopies: 1, maxCopies: 4 }
      # activeHoursPerMonth: 730
    # prices:                   # your own (negotiated) prices, in the table's unit, as strings
    #   training: "3.00"

  rag:                          # retrieval-augmented generation with a base model
    embedding:
      vendor: google-vertex
      model: gemini-embedding-001
      # charactersPerToken: 4   # for embedding prices per character
    corpusTokens: 20000000      # tokens in the knowledge base
    chunkTokens: 512            # tokens per chunk (default 512)
    # chunkOverlapTokens: 0     # overlap between chunks
    churnPerMonth: "0.05"       # fraction of the corpus re-embedded each month
    topK: 5                     # chunks retrieved into each prompt
    # queryEmbeddingTokens: 150 # tokens embedded per query (default: the input tokens)
    vectorDb:
      vendor: pinecone
      plan: standard
      dimensions: 1536          # stored dimensions (default: the embedding model's, else 1536)
      # bytesPerDimension: 4
      # metadataBytesPerVector: 0
      # upsertBatchSize: 100
    # rerank: { vendor: cohere, model: rerank-v3.5, candidates: 25 }
    generation:
      vendor: google-vertex
      model: gemini-2.5-flash
      cachedPrefixHitRate: "0.5" # fraction of requests whose system prompt is a cache hit
      # cacheTtl: 5m            # 5m or 1h, where the vendor prices cache writes
      # batch: false            # use the vendor's batch price

  promptOnly:                   # a base model with a long instruction / few-shot block
    vendor: google-vertex
    model: gemini-2.5-flash
    fewShotTokens: 3000         # tokens added to every request
    cachedPrefixHitRate: "0.8"

  hybrid:                       # the tuned model with retrieval (needs fineTune and rag)
    topK: 3                     # chunks for the tuned model (default: rag.topK)

# Profiles: partial scenarios deep-merged over everything above (objects merge, values and
# lists replace, null removes a field). Without --profile every profile runs, side by side;
# --profile base runs one. --as-of and --set apply after the profile.
profiles:
  low:
    workload: { requestsPerMonth: 20000 }
  base: {}
  high:
    workload: { requestsPerMonth: 2000000 }
    strategies:
      rag: { topK: 8 }
`;
