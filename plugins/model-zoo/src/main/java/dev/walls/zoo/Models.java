package dev.walls.zoo;

import dev.walls.spi.figure.Provenance;
import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.List;

/** The published workloads, each with the paper or recipe its shape and batch come from. */
final class Models {

    private Models() {
    }

    private static Workload w(String id, String name, int layers, int hidden, int heads, int kvHeads, int ffn,
                              FfnKind kind, int vocab, int seq, int batch, double tokens, Provenance provenance) {
        return new Workload(id, name, new ModelShape(layers, hidden, heads, kvHeads, ffn, kind, vocab), seq, batch,
                tokens, provenance);
    }

    /** The same workload with an output layer of its own, one more vocabulary-by-width matrix; {@code why} says so. */
    private static Workload untied(Workload w, String why) {
        return reshaped(w, w.model().withTiedEmbeddings(false), "output layer untied (" + why + ")");
    }

    /** The same workload trained at a dropout rate of zero; {@code why} says where that is stated. */
    private static Workload noDropout(Workload w, String why) {
        return reshaped(w, w.model().withDropout(false), "no dropout (" + why + ")");
    }

    /** The workload with another shape, and a note in its provenance saying what changed and why. */
    private static Workload reshaped(Workload w, ModelShape shape, String note) {
        Provenance p = w.provenance();
        return new Workload(w.id(), w.name(), shape, w.sequenceLength(), w.globalBatchSequences(), w.trainingTokens(),
                p.withNote(p.note() == null || p.note().isEmpty() ? note : p.note() + "; " + note));
    }

    private static final String LLAMA3_NO_DROPOUT = "attention_dropout: 0.0 in Meta's released configs; the Llama 3"
            + " paper's recipe has none";
    private static final String NEMOTRON4_NO_DROPOUT = "\"dropout rate of zero\", Nemotron-4 15B report, Sec. 2; the"
            + " 340B keeps the architecture";

    private static final String LLAMA3_UNTIED = "tie_word_embeddings: false in Meta's released configs; the 8B has "
            + "8.03B parameters";
    private static final String NEMOTRON4_UNTIED = "\"untied input-output embeddings\", Nemotron-4 15B report, Sec. 2";
    private static final String MEGATRON_CORE_UNTIED = "the README's parameter counts include a second vocabulary "
            + "matrix: 1.7B is 1.75B untied, 1.48B tied";

    static final String NARAYANAN = "Narayanan et al. 2021 (SC21, Megatron-LM), Table 1";
    static final String LLAMA3 = "Dubey et al. 2024, The Llama 3 Herd of Models, Table 3 and Sec. 3.4";
    static final String NEMOTRON15 = "Parmar et al. 2024, Nemotron-4 15B Technical Report, Sec. 2";
    static final String NEMOTRON340 = "NVIDIA 2024, Nemotron-4 340B Technical Report, Table 1";

    static List<Workload> all() {
        List<Workload> list = new ArrayList<>();
        // GPT-3 175B (Brown et al. 2020, Table 2.1): 300B tokens, batch 3.2M tokens = 1536 x 2048
        list.add(w("gpt3-175b", "GPT-3 175B", 96, 12288, 96, 96, 49152, FfnKind.GELU, 51200, 2048, 1536, 300e9,
                Provenance.vendor("Brown et al. 2020, Language Models are Few-Shot Learners, Table 2.1")
                        .withNote("vocabulary 50257 padded to 51200 as in Megatron-LM")));

        // The Megatron GPT family of Narayanan et al. 2021, Table 1 (seq 2048, GPT-2 vocabulary padded to 51200);
        // the batch is the table's; the run length is GPT-3's 300B tokens (the paper's Table 2 basis).
        Provenance nar = Provenance.vendor(NARAYANAN).withNote("training tokens: 300B as in the paper's Table 2");
        list.add(w("megatron-gpt-1.7b", "Megatron GPT 1.7B", 24, 2304, 24, 24, 9216, FfnKind.GELU, 51200, 2048, 512, 300e9, nar));
        list.add(w("megatron-gpt-3.6b", "Megatron GPT 3.6B", 30, 3072, 32, 32, 12288, FfnKind.GELU, 51200, 2048, 512, 300e9, nar));
        list.add(w("megatron-gpt-7.5b", "Megatron GPT 7.5B", 36, 4096, 32, 32, 16384, FfnKind.GELU, 51200, 2048, 512, 300e9, nar));
        list.add(w("megatron-gpt-18b", "Megatron GPT 18B", 40, 6144, 48, 48, 24576, FfnKind.GELU, 51200, 2048, 1024, 300e9, nar));
        list.add(w("megatron-gpt-39b", "Megatron GPT 39B", 48, 8192, 64, 64, 32768, FfnKind.GELU, 51200, 2048, 1536, 300e9, nar));
        list.add(w("megatron-gpt-76b", "Megatron GPT 76B", 60, 10240, 80, 80, 40960, FfnKind.GELU, 51200, 2048, 1792, 300e9, nar));
        list.add(w("megatron-gpt-145b", "Megatron GPT 145B", 80, 12288, 96, 96, 49152, FfnKind.GELU, 51200, 2048, 2304, 300e9, nar));
        list.add(w("megatron-gpt-310b", "Megatron GPT 310B", 96, 16384, 128, 128, 65536, FfnKind.GELU, 51200, 2048, 2160, 300e9, nar));
        list.add(w("megatron-gpt-530b", "Megatron GPT 530B", 105, 20480, 128, 128, 81920, FfnKind.GELU, 51200, 2048, 2520, 300e9, nar));
        list.add(w("megatron-gpt-1t", "Megatron GPT 1T", 128, 25600, 160, 160, 102400, FfnKind.GELU, 51200, 2048, 3072, 300e9, nar));
        // 22B of Korthikanti et al. 2022, Table 3 (batch 4 on 8 GPUs)
        list.add(w("megatron-gpt-22b", "Megatron GPT 22B", 48, 6144, 64, 64, 24576, FfnKind.GELU, 51200, 2048, 4, 300e9,
                Provenance.vendor("Korthikanti et al. 2022, Reducing Activation Recomputation, Table 3")
                        .withNote("training tokens: 300B, not stated by the paper")));

        // Megatron-Core GPT models of the Megatron-LM README H100 table (seq 4096, vocab 131072, batch of the table)
        Provenance meg = Provenance.vendor("NVIDIA Megatron-LM README (2024, commit f2e5db402c), H100 weak-scaling table")
                .withNote("training tokens: 1T, not stated by the source");
        list.add(untied(w("megatron-core-gpt-1.7b", "Megatron-Core GPT 1.7B", 24, 2048, 16, 16, 8192, FfnKind.GELU, 131072, 4096, 192, 1e12, meg), MEGATRON_CORE_UNTIED));
        list.add(untied(w("megatron-core-gpt-7.1b", "Megatron-Core GPT 7.1B", 30, 4096, 32, 32, 16384, FfnKind.GELU, 131072, 4096, 192, 1e12, meg), MEGATRON_CORE_UNTIED));
        list.add(untied(w("megatron-core-gpt-16b", "Megatron-Core GPT 16B", 32, 6144, 48, 48, 24576, FfnKind.GELU, 131072, 4096, 192, 1e12, meg), MEGATRON_CORE_UNTIED));
        list.add(untied(w("megatron-core-gpt-32b", "Megatron-Core GPT 32B", 48, 7168, 56, 56, 28672, FfnKind.GELU, 131072, 4096, 192, 1e12, meg), MEGATRON_CORE_UNTIED));
        list.add(untied(w("megatron-core-gpt-70b", "Megatron-Core GPT 70B", 84, 8192, 64, 64, 32768, FfnKind.GELU, 131072, 4096, 384, 1e12, meg), MEGATRON_CORE_UNTIED));
        list.add(untied(w("megatron-core-gpt-119b", "Megatron-Core GPT 119B", 92, 10240, 80, 80, 40960, FfnKind.GELU, 131072, 4096, 768, 1e12, meg), MEGATRON_CORE_UNTIED));
        list.add(untied(w("megatron-core-gpt-177b", "Megatron-Core GPT 177B", 96, 12288, 96, 96, 49152, FfnKind.GELU, 131072, 4096, 1152, 1e12, meg), MEGATRON_CORE_UNTIED));
        list.add(untied(w("megatron-core-gpt-314b", "Megatron-Core GPT 314B", 96, 16384, 128, 128, 65536, FfnKind.GELU, 131072, 4096, 1536, 1e12, meg), MEGATRON_CORE_UNTIED));
        list.add(untied(w("megatron-core-gpt-462b", "Megatron-Core GPT 462B", 112, 18432, 144, 144, 73728, FfnKind.GELU, 131072, 4096, 3072, 1e12, meg), MEGATRON_CORE_UNTIED));

        // Llama 3 (pre-training at seq 8192, 16M-token batches = 2048 sequences, 15.6T tokens)
        Provenance llama = Provenance.vendor(LLAMA3)
                .withNote("405B: 16M-token batches at 8192 tokens; the 8B/70B batch is taken the same (analyst estimate)");
        list.add(noDropout(untied(w("llama3-8b", "Llama 3 8B", 32, 4096, 32, 8, 14336, FfnKind.SWIGLU, 128256, 8192, 2048, 15.6e12, llama), LLAMA3_UNTIED), LLAMA3_NO_DROPOUT));
        list.add(noDropout(untied(w("llama3-70b", "Llama 3 70B", 80, 8192, 64, 8, 28672, FfnKind.SWIGLU, 128256, 8192, 2048, 15.6e12, llama), LLAMA3_UNTIED), LLAMA3_NO_DROPOUT));
        list.add(noDropout(untied(w("llama3-405b", "Llama 3 405B", 126, 16384, 128, 8, 53248, FfnKind.SWIGLU, 128256, 8192, 2048, 15.6e12, llama), LLAMA3_UNTIED), LLAMA3_NO_DROPOUT));
        Provenance llama31 = Provenance.vendor(LLAMA3 + "; Llama 3.1 keeps the Llama 3 architecture")
                .withNote("pre-training recipe of Llama 3 (seq 8192, 2048-sequence batches, 15.6T tokens)");
        list.add(noDropout(untied(w("llama3.1-8b", "Llama 3.1 8B", 32, 4096, 32, 8, 14336, FfnKind.SWIGLU, 128256, 8192, 2048, 15.6e12, llama31), LLAMA3_UNTIED), LLAMA3_NO_DROPOUT));
        list.add(noDropout(untied(w("llama3.1-70b", "Llama 3.1 70B", 80, 8192, 64, 8, 28672, FfnKind.SWIGLU, 128256, 8192, 2048, 15.6e12, llama31), LLAMA3_UNTIED), LLAMA3_NO_DROPOUT));
        list.add(noDropout(untied(w("llama3.1-405b", "Llama 3.1 405B", 126, 16384, 128, 8, 53248, FfnKind.SWIGLU, 128256, 8192, 2048, 15.6e12, llama31), LLAMA3_UNTIED), LLAMA3_NO_DROPOUT));

        // Nemotron-4 (squared-ReLU MLP, GQA with 8 KV heads, 256k vocabulary, seq 4096)
        list.add(noDropout(untied(w("nemotron4-15b", "Nemotron-4 15B", 32, 6144, 48, 8, 24576, FfnKind.RELU2, 256000, 4096, 1152, 8e12,
                Provenance.vendor(NEMOTRON15).withNote("final batch 1152 of the batch ramp (Table 2); FFN width 24576 "
                        + "from NVIDIA's dgxc-benchmarking recipe")), NEMOTRON4_UNTIED), NEMOTRON4_NO_DROPOUT));
        list.add(noDropout(untied(w("nemotron4-340b", "Nemotron-4 340B", 96, 18432, 96, 8, 73728, FfnKind.RELU2, 256000, 4096, 2304, 9e12,
                Provenance.vendor(NEMOTRON340).withNote("final batch 2304 of the batch ramp")), NEMOTRON4_UNTIED),
                NEMOTRON4_NO_DROPOUT));
        return List.copyOf(list);
    }
}
