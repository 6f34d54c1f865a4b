use clap::Parser;

fn main() -> std::process::ExitCode {
    let args = nuage::cli::Args::parse();
    nuage::cli::run(args)
}
