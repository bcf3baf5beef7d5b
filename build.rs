//! Build script: generates the parser from `grammar/*.lalrpop` into `$OUT_DIR`.
fn main() {
    println!("cargo:rerun-if-changed=grammar");
    if let Err(e) = lalrpop::Configuration::new()
        .emit_rerun_directives(true)
        .process_dir("grammar")
    {
        eprintln!("lalrpop failed: {e}");
        std::process::exit(1);
    }
}
